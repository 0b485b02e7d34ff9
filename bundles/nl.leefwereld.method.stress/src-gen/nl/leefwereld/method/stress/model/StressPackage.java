/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.stress.model;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.stress.model.StressFactory
 * @model kind="package"
 * @generated
 */
public interface StressPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://leefwereld.nl/method/stress/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "stress"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StressPackage eINSTANCE = nl.leefwereld.method.stress.model.impl.StressPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.stress.model.impl.StressAssessmentImpl
	 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getStressAssessment()
	 * @generated
	 */
	int STRESS_ASSESSMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__ID = ModelPackage.ASSESSMENT__ID;

	/**
	 * The feature id for the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__METHOD_ID = ModelPackage.ASSESSMENT__METHOD_ID;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__ASSESSOR = ModelPackage.ASSESSMENT__ASSESSOR;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__CREATED = ModelPackage.ASSESSMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__SIGNALS = ModelPackage.ASSESSMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__OBSERVATION = ModelPackage.ASSESSMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Client Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__CLIENT_SCORE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT__DOMAINS = ModelPackage.ASSESSMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT_FEATURE_COUNT = ModelPackage.ASSESSMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRESS_ASSESSMENT_OPERATION_COUNT = ModelPackage.ASSESSMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.stress.model.StressSignal <em>Signal</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.stress.model.StressSignal
	 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getStressSignal()
	 * @generated
	 */
	int STRESS_SIGNAL = 1;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.stress.model.ScarcityDomain <em>Scarcity Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.stress.model.ScarcityDomain
	 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getScarcityDomain()
	 * @generated
	 */
	int SCARCITY_DOMAIN = 2;


	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.stress.model.StressAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see nl.leefwereld.method.stress.model.StressAssessment
	 * @generated
	 */
	EClass getStressAssessment();

	/**
	 * Returns the meta object for the attribute list '{@link nl.leefwereld.method.stress.model.StressAssessment#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Signals</em>'.
	 * @see nl.leefwereld.method.stress.model.StressAssessment#getSignals()
	 * @see #getStressAssessment()
	 * @generated
	 */
	EAttribute getStressAssessment_Signals();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.stress.model.StressAssessment#getObservation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation</em>'.
	 * @see nl.leefwereld.method.stress.model.StressAssessment#getObservation()
	 * @see #getStressAssessment()
	 * @generated
	 */
	EAttribute getStressAssessment_Observation();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.stress.model.StressAssessment#getClientScore <em>Client Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Score</em>'.
	 * @see nl.leefwereld.method.stress.model.StressAssessment#getClientScore()
	 * @see #getStressAssessment()
	 * @generated
	 */
	EAttribute getStressAssessment_ClientScore();

	/**
	 * Returns the meta object for the attribute list '{@link nl.leefwereld.method.stress.model.StressAssessment#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Domains</em>'.
	 * @see nl.leefwereld.method.stress.model.StressAssessment#getDomains()
	 * @see #getStressAssessment()
	 * @generated
	 */
	EAttribute getStressAssessment_Domains();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.stress.model.StressSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal</em>'.
	 * @see nl.leefwereld.method.stress.model.StressSignal
	 * @generated
	 */
	EEnum getStressSignal();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.stress.model.ScarcityDomain <em>Scarcity Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scarcity Domain</em>'.
	 * @see nl.leefwereld.method.stress.model.ScarcityDomain
	 * @generated
	 */
	EEnum getScarcityDomain();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StressFactory getStressFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.stress.model.impl.StressAssessmentImpl
		 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getStressAssessment()
		 * @generated
		 */
		EClass STRESS_ASSESSMENT = eINSTANCE.getStressAssessment();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRESS_ASSESSMENT__SIGNALS = eINSTANCE.getStressAssessment_Signals();

		/**
		 * The meta object literal for the '<em><b>Observation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRESS_ASSESSMENT__OBSERVATION = eINSTANCE.getStressAssessment_Observation();

		/**
		 * The meta object literal for the '<em><b>Client Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRESS_ASSESSMENT__CLIENT_SCORE = eINSTANCE.getStressAssessment_ClientScore();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRESS_ASSESSMENT__DOMAINS = eINSTANCE.getStressAssessment_Domains();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.stress.model.StressSignal <em>Signal</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.stress.model.StressSignal
		 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getStressSignal()
		 * @generated
		 */
		EEnum STRESS_SIGNAL = eINSTANCE.getStressSignal();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.stress.model.ScarcityDomain <em>Scarcity Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.stress.model.ScarcityDomain
		 * @see nl.leefwereld.method.stress.model.impl.StressPackageImpl#getScarcityDomain()
		 * @generated
		 */
		EEnum SCARCITY_DOMAIN = eINSTANCE.getScarcityDomain();

	}

} //StressPackage
