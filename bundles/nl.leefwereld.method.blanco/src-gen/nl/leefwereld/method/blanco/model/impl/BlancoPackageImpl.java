/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model.impl;

import nl.leefwereld.method.blanco.model.BlancoFactory;
import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.method.blanco.model.NotebookEntry;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BlancoPackageImpl extends EPackageImpl implements BlancoPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listeningNotebookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass notebookEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeFilmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filmEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkPersonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum entryKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BlancoPackageImpl() {
		super(eNS_URI, BlancoFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link BlancoPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BlancoPackage init() {
		if (isInited) return (BlancoPackage)EPackage.Registry.INSTANCE.getEPackage(BlancoPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBlancoPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BlancoPackageImpl theBlancoPackage = registeredBlancoPackage instanceof BlancoPackageImpl ? (BlancoPackageImpl)registeredBlancoPackage : new BlancoPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theBlancoPackage.createPackageContents();

		// Initialize created meta-data
		theBlancoPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBlancoPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BlancoPackage.eNS_URI, theBlancoPackage);
		return theBlancoPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListeningNotebook() {
		return listeningNotebookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListeningNotebook_Title() {
		return (EAttribute)listeningNotebookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListeningNotebook_Entries() {
		return (EReference)listeningNotebookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNotebookEntry() {
		return notebookEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_Text() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_Kind() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_Date() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_OnNightstand() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_NightstandDate() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_BroughtBackDate() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_Reason() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotebookEntry_Quote() {
		return (EAttribute)notebookEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeFilm() {
		return lifeFilmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifeFilm_Events() {
		return (EReference)lifeFilmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifeFilm_People() {
		return (EReference)lifeFilmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilmEvent() {
		return filmEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilmEvent_When() {
		return (EAttribute)filmEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilmEvent_Date() {
		return (EAttribute)filmEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilmEvent_What() {
		return (EAttribute)filmEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilmEvent_Quote() {
		return (EAttribute)filmEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkPerson() {
		return networkPersonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Name() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Role() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Relation() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Closeness() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Support() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkPerson_Quote() {
		return (EAttribute)networkPersonEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEntryKind() {
		return entryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlancoFactory getBlancoFactory() {
		return (BlancoFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		listeningNotebookEClass = createEClass(LISTENING_NOTEBOOK);
		createEAttribute(listeningNotebookEClass, LISTENING_NOTEBOOK__TITLE);
		createEReference(listeningNotebookEClass, LISTENING_NOTEBOOK__ENTRIES);

		notebookEntryEClass = createEClass(NOTEBOOK_ENTRY);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__TEXT);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__KIND);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__DATE);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__ON_NIGHTSTAND);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__NIGHTSTAND_DATE);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__BROUGHT_BACK_DATE);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__REASON);
		createEAttribute(notebookEntryEClass, NOTEBOOK_ENTRY__QUOTE);

		lifeFilmEClass = createEClass(LIFE_FILM);
		createEReference(lifeFilmEClass, LIFE_FILM__EVENTS);
		createEReference(lifeFilmEClass, LIFE_FILM__PEOPLE);

		filmEventEClass = createEClass(FILM_EVENT);
		createEAttribute(filmEventEClass, FILM_EVENT__WHEN);
		createEAttribute(filmEventEClass, FILM_EVENT__DATE);
		createEAttribute(filmEventEClass, FILM_EVENT__WHAT);
		createEAttribute(filmEventEClass, FILM_EVENT__QUOTE);

		networkPersonEClass = createEClass(NETWORK_PERSON);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__NAME);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__ROLE);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__RELATION);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__CLOSENESS);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__SUPPORT);
		createEAttribute(networkPersonEClass, NETWORK_PERSON__QUOTE);

		// Create enums
		entryKindEEnum = createEEnum(ENTRY_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ModelPackage theModelPackage = (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		listeningNotebookEClass.getESuperTypes().add(theModelPackage.getAssessment());
		notebookEntryEClass.getESuperTypes().add(theModelPackage.getIdentified());
		lifeFilmEClass.getESuperTypes().add(theModelPackage.getAssessment());
		filmEventEClass.getESuperTypes().add(theModelPackage.getIdentified());
		networkPersonEClass.getESuperTypes().add(theModelPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(listeningNotebookEClass, ListeningNotebook.class, "ListeningNotebook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getListeningNotebook_Title(), ecorePackage.getEString(), "title", null, 0, 1, ListeningNotebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getListeningNotebook_Entries(), this.getNotebookEntry(), null, "entries", null, 0, -1, ListeningNotebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(notebookEntryEClass, NotebookEntry.class, "NotebookEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_Text(), ecorePackage.getEString(), "text", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_Kind(), this.getEntryKind(), "kind", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_Date(), ecorePackage.getEDate(), "date", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_OnNightstand(), ecorePackage.getEBoolean(), "onNightstand", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_NightstandDate(), ecorePackage.getEDate(), "nightstandDate", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_BroughtBackDate(), ecorePackage.getEDate(), "broughtBackDate", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNotebookEntry_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, NotebookEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(lifeFilmEClass, LifeFilm.class, "LifeFilm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getLifeFilm_Events(), this.getFilmEvent(), null, "events", null, 0, -1, LifeFilm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLifeFilm_People(), this.getNetworkPerson(), null, "people", null, 0, -1, LifeFilm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(filmEventEClass, FilmEvent.class, "FilmEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFilmEvent_When(), ecorePackage.getEString(), "when", null, 0, 1, FilmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFilmEvent_Date(), ecorePackage.getEDate(), "date", null, 0, 1, FilmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFilmEvent_What(), ecorePackage.getEString(), "what", null, 0, 1, FilmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFilmEvent_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, FilmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(networkPersonEClass, NetworkPerson.class, "NetworkPerson", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNetworkPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetworkPerson_Role(), ecorePackage.getEString(), "role", null, 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetworkPerson_Relation(), ecorePackage.getEString(), "relation", null, 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetworkPerson_Closeness(), ecorePackage.getEInt(), "closeness", "3", 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNetworkPerson_Support(), ecorePackage.getEBoolean(), "support", null, 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetworkPerson_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, NetworkPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(entryKindEEnum, EntryKind.class, "EntryKind"); //$NON-NLS-1$
		addEEnumLiteral(entryKindEEnum, EntryKind.FACT);
		addEEnumLiteral(entryKindEEnum, EntryKind.JUDGMENT);

		// Create resource
		createResource(eNS_URI);
	}

} //BlancoPackageImpl
