/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.stress.model.impl;

import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressFactory;
import nl.leefwereld.method.stress.model.StressPackage;
import nl.leefwereld.method.stress.model.StressSignal;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StressPackageImpl extends EPackageImpl implements StressPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stressAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stressSignalEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scarcityDomainEEnum = null;

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
	 * @see nl.leefwereld.method.stress.model.StressPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StressPackageImpl() {
		super(eNS_URI, StressFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link StressPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StressPackage init() {
		if (isInited) return (StressPackage)EPackage.Registry.INSTANCE.getEPackage(StressPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStressPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StressPackageImpl theStressPackage = registeredStressPackage instanceof StressPackageImpl ? (StressPackageImpl)registeredStressPackage : new StressPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theStressPackage.createPackageContents();

		// Initialize created meta-data
		theStressPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStressPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StressPackage.eNS_URI, theStressPackage);
		return theStressPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStressAssessment() {
		return stressAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStressAssessment_Signals() {
		return (EAttribute)stressAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStressAssessment_Observation() {
		return (EAttribute)stressAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStressAssessment_ClientScore() {
		return (EAttribute)stressAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStressAssessment_Domains() {
		return (EAttribute)stressAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStressSignal() {
		return stressSignalEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScarcityDomain() {
		return scarcityDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StressFactory getStressFactory() {
		return (StressFactory)getEFactoryInstance();
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
		stressAssessmentEClass = createEClass(STRESS_ASSESSMENT);
		createEAttribute(stressAssessmentEClass, STRESS_ASSESSMENT__SIGNALS);
		createEAttribute(stressAssessmentEClass, STRESS_ASSESSMENT__OBSERVATION);
		createEAttribute(stressAssessmentEClass, STRESS_ASSESSMENT__CLIENT_SCORE);
		createEAttribute(stressAssessmentEClass, STRESS_ASSESSMENT__DOMAINS);

		// Create enums
		stressSignalEEnum = createEEnum(STRESS_SIGNAL);
		scarcityDomainEEnum = createEEnum(SCARCITY_DOMAIN);
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
		stressAssessmentEClass.getESuperTypes().add(theModelPackage.getAssessment());

		// Initialize classes, features, and operations; add parameters
		initEClass(stressAssessmentEClass, StressAssessment.class, "StressAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStressAssessment_Signals(), this.getStressSignal(), "signals", null, 0, -1, StressAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStressAssessment_Observation(), ecorePackage.getEString(), "observation", null, 0, 1, StressAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStressAssessment_ClientScore(), ecorePackage.getEIntegerObject(), "clientScore", null, 0, 1, StressAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStressAssessment_Domains(), this.getScarcityDomain(), "domains", null, 0, -1, StressAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(stressSignalEEnum, StressSignal.class, "StressSignal"); //$NON-NLS-1$
		addEEnumLiteral(stressSignalEEnum, StressSignal.TIRED);
		addEEnumLiteral(stressSignalEEnum, StressSignal.RESTLESS);
		addEEnumLiteral(stressSignalEEnum, StressSignal.FORGETFUL);
		addEEnumLiteral(stressSignalEEnum, StressSignal.ANGRY);
		addEEnumLiteral(stressSignalEEnum, StressSignal.WITHDRAWN);
		addEEnumLiteral(stressSignalEEnum, StressSignal.TENSE);
		addEEnumLiteral(stressSignalEEnum, StressSignal.SAD);
		addEEnumLiteral(stressSignalEEnum, StressSignal.CONFUSED);
		addEEnumLiteral(stressSignalEEnum, StressSignal.OVERWHELMED);
		addEEnumLiteral(stressSignalEEnum, StressSignal.SLEEPLESS);

		initEEnum(scarcityDomainEEnum, ScarcityDomain.class, "ScarcityDomain"); //$NON-NLS-1$
		addEEnumLiteral(scarcityDomainEEnum, ScarcityDomain.MONEY);
		addEEnumLiteral(scarcityDomainEEnum, ScarcityDomain.HOUSING);
		addEEnumLiteral(scarcityDomainEEnum, ScarcityDomain.HEALTH);
		addEEnumLiteral(scarcityDomainEEnum, ScarcityDomain.RELATIONS);
		addEEnumLiteral(scarcityDomainEEnum, ScarcityDomain.TIME);

		// Create resource
		createResource(eNS_URI);
	}

} //StressPackageImpl
