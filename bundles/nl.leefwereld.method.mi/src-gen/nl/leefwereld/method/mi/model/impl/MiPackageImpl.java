/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.mi.model.impl;

import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.method.mi.model.MiFactory;
import nl.leefwereld.method.mi.model.MiPackage;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
public class MiPackageImpl extends EPackageImpl implements MiPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass miAssessmentEClass = null;

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
	 * @see nl.leefwereld.method.mi.model.MiPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MiPackageImpl() {
		super(eNS_URI, MiFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link MiPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MiPackage init() {
		if (isInited) return (MiPackage)EPackage.Registry.INSTANCE.getEPackage(MiPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMiPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MiPackageImpl theMiPackage = registeredMiPackage instanceof MiPackageImpl ? (MiPackageImpl)registeredMiPackage : new MiPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theMiPackage.createPackageContents();

		// Initialize created meta-data
		theMiPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMiPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MiPackage.eNS_URI, theMiPackage);
		return theMiPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMiAssessment() {
		return miAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_CultivatingChangeTalk() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_SofteningSustainTalk() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_Partnership() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_Empathy() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_ChangeGoal() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMiAssessment_SegmentStart() {
		return (EReference)miAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMiAssessment_SegmentEnd() {
		return (EReference)miAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiAssessment_Note() {
		return (EAttribute)miAssessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MiFactory getMiFactory() {
		return (MiFactory)getEFactoryInstance();
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
		miAssessmentEClass = createEClass(MI_ASSESSMENT);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__CULTIVATING_CHANGE_TALK);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__PARTNERSHIP);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__EMPATHY);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__CHANGE_GOAL);
		createEReference(miAssessmentEClass, MI_ASSESSMENT__SEGMENT_START);
		createEReference(miAssessmentEClass, MI_ASSESSMENT__SEGMENT_END);
		createEAttribute(miAssessmentEClass, MI_ASSESSMENT__NOTE);
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
		miAssessmentEClass.getESuperTypes().add(theModelPackage.getAssessment());

		// Initialize classes, features, and operations; add parameters
		initEClass(miAssessmentEClass, MiAssessment.class, "MiAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMiAssessment_CultivatingChangeTalk(), ecorePackage.getEInt(), "cultivatingChangeTalk", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiAssessment_SofteningSustainTalk(), ecorePackage.getEInt(), "softeningSustainTalk", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiAssessment_Partnership(), ecorePackage.getEInt(), "partnership", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiAssessment_Empathy(), ecorePackage.getEInt(), "empathy", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiAssessment_ChangeGoal(), ecorePackage.getEString(), "changeGoal", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMiAssessment_SegmentStart(), theModelPackage.getUtterance(), null, "segmentStart", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMiAssessment_SegmentEnd(), theModelPackage.getUtterance(), null, "segmentEnd", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiAssessment_Note(), ecorePackage.getEString(), "note", null, 0, 1, MiAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //MiPackageImpl
